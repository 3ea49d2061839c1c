df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT split_part(concat(region, '.', channel), '.', 2) AS part, concat_ws('-', user, channel) AS uc, hr FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) e")
OUTPUT_MODE = "append"
