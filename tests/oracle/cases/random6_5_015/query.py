df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, count_if(note IS NULL) AS nonote, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT * FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' AND amount > 5 OR qty IS NULL) b LEFT JOIN dims d ON b.region = d.region GROUP BY 1 HAVING count(*) > 1")
OUTPUT_MODE = "update"
