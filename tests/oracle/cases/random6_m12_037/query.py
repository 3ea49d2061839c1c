df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT ch2, sum(qty) FILTER (WHERE channel = 'web') AS webq, count_if(note IS NULL) AS nonote, max(named_struct('a', amount, 'u', user)).u AS top2 FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2 FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) GROUP BY 1")
OUTPUT_MODE = "update"
