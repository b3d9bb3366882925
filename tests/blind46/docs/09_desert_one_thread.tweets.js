window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1254486703470424107"
          ],
          "editableUntil" : "2020-04-26T19:35:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "248"
      ],
      "favorite_count" : "47",
      "id_str" : "1254486703470424107",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1254486703470424107",
      "created_at" : "Sun Apr 26 19:05:12 +0000 2020",
      "favorited" : false,
      "full_text" : "Thanks to everyone who read and shared the Desert One thread. Several of you asked for sources: Kyle, The Guts to Try; Beckwith &amp; Knox, Delta Force; Bowden, Guests of the Ayatollah; and the Holloway Report for the Joint Chiefs. Start with Kyle.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253964911081304105"
          ],
          "editableUntil" : "2020-04-25T09:01:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Steve Okafor",
            "screen_name" : "skyhook_steve",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3317250946",
            "id" : "3317250946"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1253670894565208067",
      "id_str" : "1253964911081304105",
      "in_reply_to_user_id" : "3317250946",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1253964911081304105",
      "in_reply_to_status_id" : "1253670894565208067",
      "created_at" : "Sat Apr 25 08:31:47 +0000 2020",
      "favorited" : false,
      "full_text" : "@skyhook_steve Good catch. Sources differ on the injured (4 or 5) and on the size of the assault force; I have used the figures in Kyle's book &amp; the JCS report. Corrections welcome.",
      "lang" : "en",
      "in_reply_to_screen_name" : "skyhook_steve",
      "in_reply_to_user_id_str" : "3317250946"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253733565855576106"
          ],
          "editableUntil" : "2020-04-24T17:42:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kathleen B.",
            "screen_name" : "kb_marine",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2246615380",
            "id" : "2246615380"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "31",
      "in_reply_to_status_id_str" : "1253718811203104768",
      "id_str" : "1253733565855576106",
      "in_reply_to_user_id" : "2246615380",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1253733565855576106",
      "in_reply_to_status_id" : "1253718811203104768",
      "created_at" : "Fri Apr 24 17:12:30 +0000 2020",
      "favorited" : false,
      "full_text" : "@kb_marine Thank you for writing. Your father's crew is in the tweet about the collision. I am very sorry for your loss.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kb_marine",
      "in_reply_to_user_id_str" : "2246615380"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253710300051288104"
          ],
          "editableUntil" : "2020-04-24T16:10:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Naval History and Heritage Command",
            "screen_name" : "NavalHistoryHQ",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "120143386",
            "id" : "120143386"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/q8LxW2mZkd",
            "expanded_url" : "https://www.history.navy.mil/",
            "display_url" : "history.navy.mil",
            "indices" : [
              "115",
              "138"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "0",
      "id_str" : "1253710300051288104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1253710300051288104",
      "created_at" : "Fri Apr 24 15:40:03 +0000 2020",
      "favorited" : false,
      "full_text" : "RT @NavalHistoryHQ: Forty years on, we remember the eight servicemen lost at Desert One. Their names are on our site: https://t.co/q8LxW2mZkd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253675013371736083"
          ],
          "editableUntil" : "2020-04-24T13:49:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "205",
      "in_reply_to_status_id_str" : "1253674690410328082",
      "id_str" : "1253675013371736083",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "61",
      "id" : "1253675013371736083",
      "in_reply_to_status_id" : "1253674690410328082",
      "created_at" : "Fri Apr 24 13:19:50 +0000 2020",
      "favorited" : false,
      "full_text" : "The legacy: SOCOM, the 160th SOAR, and joint rehearsals as the rule, not the exception. Eight men died at Desert One. Remember them. 18/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253674690410328082"
          ],
          "editableUntil" : "2020-04-24T13:48:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "83",
      "in_reply_to_status_id_str" : "1253674367448920081",
      "id_str" : "1253674690410328082",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1253674690410328082",
      "in_reply_to_status_id" : "1253674367448920081",
      "created_at" : "Fri Apr 24 13:18:33 +0000 2020",
      "favorited" : false,
      "full_text" : "The hostages came home after 444 days, released on 20 January 1981 as Reagan took office. 17/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253674367448920081"
          ],
          "editableUntil" : "2020-04-24T13:47:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "61",
      "in_reply_to_status_id_str" : "1253674254202712080",
      "id_str" : "1253674367448920081",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1253674367448920081",
      "in_reply_to_status_id" : "1253674254202712080",
      "created_at" : "Fri Apr 24 13:17:16 +0000 2020",
      "favorited" : false,
      "full_text" : "In August 1980 the Holloway Report blamed an overly complex plan, too few spare helicopters and the lack of a full-dress rehearsal. 16/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253674254202712080"
          ],
          "editableUntil" : "2020-04-24T13:46:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "58",
      "in_reply_to_status_id_str" : "1253673931241304079",
      "id_str" : "1253674254202712080",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1253674254202712080",
      "in_reply_to_status_id" : "1253673931241304079",
      "created_at" : "Fri Apr 24 13:16:49 +0000 2020",
      "favorited" : false,
      "full_text" : "At 7 am Washington time Carter went on television, announced the failure and took full responsibility. On 9 May he stood with the families at a memorial service at Arlington. 15/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253673931241304079"
          ],
          "editableUntil" : "2020-04-24T13:45:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "69",
      "in_reply_to_status_id_str" : "1253673608279896078",
      "id_str" : "1253673931241304079",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1253673931241304079",
      "in_reply_to_status_id" : "1253673608279896078",
      "created_at" : "Fri Apr 24 13:15:32 +0000 2020",
      "favorited" : false,
      "full_text" : "Before dawn the survivors left on the C-130s, leaving five helicopters behind with maps and documents aboard. Iran would show them off to the world. 14/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253673608279896078"
          ],
          "editableUntil" : "2020-04-24T13:44:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "140",
      "in_reply_to_status_id_str" : "1253673495033688077",
      "id_str" : "1253673608279896078",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "44",
      "id" : "1253673608279896078",
      "in_reply_to_status_id" : "1253673495033688077",
      "created_at" : "Fri Apr 24 13:14:15 +0000 2020",
      "favorited" : false,
      "full_text" : "At about 2:40 am an RH-53D moving in the dust hit an EC-130 loaded with fuel, and both aircraft exploded, killing five airmen and three Marines. 13/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253673495033688077"
          ],
          "editableUntil" : "2020-04-24T13:43:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "77",
      "in_reply_to_status_id_str" : "1253673172072280076",
      "id_str" : "1253673495033688077",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "1253673495033688077",
      "in_reply_to_status_id" : "1253673172072280076",
      "created_at" : "Fri Apr 24 13:13:48 +0000 2020",
      "favorited" : false,
      "full_text" : "Shortly after 1 am Beckwith recommended aborting, and Carter agreed. Now the force had to refuel and get out before daylight. 12/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253673172072280076"
          ],
          "editableUntil" : "2020-04-24T13:42:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "55",
      "in_reply_to_status_id_str" : "1253672849110872075",
      "id_str" : "1253673172072280076",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1253673172072280076",
      "in_reply_to_status_id" : "1253672849110872075",
      "created_at" : "Fri Apr 24 13:12:31 +0000 2020",
      "favorited" : false,
      "full_text" : "Only four helicopters were strictly needed to carry the force out of Tehran. The planners had set six as the floor for going on from Desert One, and nobody on the ground argued with the number. 11/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253672849110872075"
          ],
          "editableUntil" : "2020-04-24T13:41:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "64",
      "in_reply_to_status_id_str" : "1253672735864664074",
      "id_str" : "1253672849110872075",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1253672849110872075",
      "in_reply_to_status_id" : "1253672735864664074",
      "created_at" : "Fri Apr 24 13:11:14 +0000 2020",
      "favorited" : false,
      "full_text" : "The helicopters straggled in after midnight, up to 90 minutes late. No. 2 had lost a hydraulic pump. That left five flyable aircraft. The plan needed six. 10/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253672735864664074"
          ],
          "editableUntil" : "2020-04-24T13:40:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "227"
      ],
      "favorite_count" : "90",
      "in_reply_to_status_id_str" : "1253672412903256073",
      "id_str" : "1253672735864664074",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "1253672735864664074",
      "in_reply_to_status_id" : "1253672412903256073",
      "created_at" : "Fri Apr 24 13:10:47 +0000 2020",
      "favorited" : false,
      "full_text" : "At Desert One, just before 11 pm, a bus with 44 Iranian civilians drove right through the site; Rangers stopped it and held the passengers. Moments later a fuel truck came down the road and a Ranger's rocket set it ablaze. 9/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253672412903256073"
          ],
          "editableUntil" : "2020-04-24T13:39:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "207"
      ],
      "favorite_count" : "71",
      "in_reply_to_status_id_str" : "1253672089941848072",
      "id_str" : "1253672412903256073",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "1253672412903256073",
      "in_reply_to_status_id" : "1253672089941848072",
      "created_at" : "Fri Apr 24 13:09:30 +0000 2020",
      "favorited" : false,
      "full_text" : "Soon after that the formation flew into a haboob, a vast cloud of suspended dust, and the crew of No. 5, with its instruments failing, turned back to Nimitz. They were less than an hour from Desert One. 8/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253672089941848072"
          ],
          "editableUntil" : "2020-04-24T13:38:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "76",
      "in_reply_to_status_id_str" : "1253671976695640071",
      "id_str" : "1253672089941848072",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "1253672089941848072",
      "in_reply_to_status_id" : "1253671976695640071",
      "created_at" : "Fri Apr 24 13:08:13 +0000 2020",
      "favorited" : false,
      "full_text" : "About two hours out, helicopter No. 6 got a warning light for a cracked rotor blade. The crew put it down in the desert, abandoned it and climbed aboard No. 8. 7/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253671976695640071"
          ],
          "editableUntil" : "2020-04-24T13:37:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "87",
      "in_reply_to_status_id_str" : "1253671653734232070",
      "id_str" : "1253671976695640071",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "1253671976695640071",
      "in_reply_to_status_id" : "1253671653734232070",
      "created_at" : "Fri Apr 24 13:07:46 +0000 2020",
      "favorited" : false,
      "full_text" : "At dusk on 24 April eight Navy RH-53Ds flown by Navy and Marine crews lifted off USS Nimitz in the Arabian Sea. Col. Charlie Beckwith and his Delta operators were already in the air, in C-130s out of Masirah, Oman. 6/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253671653734232070"
          ],
          "editableUntil" : "2020-04-24T13:36:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "271"
      ],
      "favorite_count" : "91",
      "in_reply_to_status_id_str" : "1253671330772824069",
      "id_str" : "1253671653734232070",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "1253671653734232070",
      "in_reply_to_status_id" : "1253671330772824069",
      "created_at" : "Fri Apr 24 13:06:29 +0000 2020",
      "favorited" : false,
      "full_text" : "The plan had two nights. Night one: fly the assault force and the fuel to Desert One, refuel the helicopters there, then hide them at Desert Two in the hills outside Tehran. Night two: trucks into the city, storm the embassy, lift everyone out from a stadium nearby. 5/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253671330772824069"
          ],
          "editableUntil" : "2020-04-24T13:35:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "98",
      "in_reply_to_status_id_str" : "1253671217526616068",
      "id_str" : "1253671330772824069",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "1253671330772824069",
      "in_reply_to_status_id" : "1253671217526616068",
      "created_at" : "Fri Apr 24 13:05:12 +0000 2020",
      "favorited" : false,
      "full_text" : "Carter gave the final go-ahead on 16 April 1980, after months of rehearsals in the deserts of Utah and Arizona. His secretary of state, Cyrus Vance, had argued against the mission and resigned over it. 4/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253671217526616068"
          ],
          "editableUntil" : "2020-04-24T13:34:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "120",
      "in_reply_to_status_id_str" : "1253670894565208067",
      "id_str" : "1253671217526616068",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "1253671217526616068",
      "in_reply_to_status_id" : "1253670894565208067",
      "created_at" : "Fri Apr 24 13:04:45 +0000 2020",
      "favorited" : false,
      "full_text" : "The crisis began on 4 November 1979, when students stormed the US embassy in Tehran and took its staff hostage. Fifty-two of them were still being held in April 1980. Talks, sanctions and a UN commission had all failed. 3/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253670894565208067"
          ],
          "editableUntil" : "2020-04-24T13:33:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "231"
      ],
      "favorite_count" : "233",
      "in_reply_to_status_id_str" : "1253670571603800066",
      "id_str" : "1253670894565208067",
      "in_reply_to_user_id" : "1187342216412991488",
      "truncated" : false,
      "retweet_count" : "96",
      "id" : "1253670894565208067",
      "in_reply_to_status_id" : "1253670571603800066",
      "created_at" : "Fri Apr 24 13:03:28 +0000 2020",
      "favorited" : false,
      "full_text" : "Operation EAGLE CLAW — key facts\n🗓 24–25 April 1980\n📍 Desert One, near Tabas, Iran\n⚔️ United States vs Iran\n🪖 132 assault troops (Delta Force + Rangers)\n🚁 8 RH-53D helicopters\n✝️ 8 US dead, 5 injured\n❌ Outcome: mission aborted\n2/18",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmarsh_airhist",
      "in_reply_to_user_id_str" : "1187342216412991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253670571603800066"
          ],
          "editableUntil" : "2020-04-24T13:32:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "412",
      "id_str" : "1253670571603800066",
      "truncated" : false,
      "retweet_count" : "171",
      "id" : "1253670571603800066",
      "created_at" : "Fri Apr 24 13:02:11 +0000 2020",
      "favorited" : false,
      "full_text" : "Forty years ago tonight, on 24 April 1980, Operation EAGLE CLAW began: the attempt to rescue the American hostages held in Tehran. It ended at a patch of Iranian desert the planners called Desert One. A thread. 🧵 1/18",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1252163814029144065"
          ],
          "editableUntil" : "2020-04-20T09:44:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "58",
      "id_str" : "1252163814029144065",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1252163814029144065",
      "created_at" : "Mon Apr 20 09:14:52 +0000 2020",
      "favorited" : false,
      "full_text" : "Working on a thread for Friday, the 40th anniversary of Desert One. If you flew on EAGLE CLAW or served on Nimitz and are willing to talk, my DMs are open.",
      "lang" : "en"
    }
  }
]
