df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM (SELECT *, round(amount * 1.2, 2) AS gross, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE region IN ('eu', 'us') AND '3' < qty GROUP BY region HAVING count(*) > 2")
OUTPUT_MODE = "update"
