df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT initcap(user) AS iu, greatest(qty, 2) AS g, hr FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) e")
OUTPUT_MODE = "append"
