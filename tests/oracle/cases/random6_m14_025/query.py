df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT space(qty) AS sp, abs(qty - 3) AS dq, round(amount / nullif(qty, 0), 3) AS unit, initcap(user) AS iu, hr FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) e")
OUTPUT_MODE = "append"
