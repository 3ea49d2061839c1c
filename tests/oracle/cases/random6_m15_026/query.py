df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT b.region, count(note) AS nnotes, sum(qty) FILTER (WHERE channel = 'web') AS webq, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM (SELECT * FROM (SELECT *, amount > 20 AND qty > 1 AS hot, named_struct('r', region, 'c', channel).c AS ch2 FROM events) ev WHERE region IN ('eu', 'us') AND user LIKE '%e%') b LEFT JOIN dims d ON b.region = d.region GROUP BY b.region")
OUTPUT_MODE = "update"
