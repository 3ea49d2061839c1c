# A session time zone Spark cannot resolve is refused when it is set (region ids are case-sensitive).
spark.conf.set("spark.sql.session.timeZone", "america/los_angeles")
df = spark.readStream.format("json").schema("id INT, t TIMESTAMP").load(INPUT)
result = df
OUTPUT_MODE = "append"
