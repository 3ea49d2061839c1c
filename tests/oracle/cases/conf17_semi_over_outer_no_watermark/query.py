from pyspark.sql.functions import expr
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
mid = spark.readStream.format("json").schema("mk INT, mt TIMESTAMP, mv INT, mname STRING").option("pathGlobFilter", "*-m.json").load(INPUT).withWatermark("mt", "10 minutes")
right = right.withWatermark("rt", "10 minutes")
j1 = left.join(right, expr("rk = lk"), "left")
result = j1.join(mid, expr("mk = rk AND mt BETWEEN rt - interval 20 minutes AND rt + interval 20 minutes"), "left_semi")
OUTPUT_MODE = "append"
