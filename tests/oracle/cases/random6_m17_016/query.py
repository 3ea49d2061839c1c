df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) GROUP BY region HAVING count(*) > 2")
OUTPUT_MODE = "update"
