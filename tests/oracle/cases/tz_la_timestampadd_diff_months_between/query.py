# Across Los Angeles's DST switches: days and months are added on the wall clock, hours on
# the instant; differences and months_between count on the wall clock; to_json prints the offset.
spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, a TIMESTAMP, b TIMESTAMP").load(INPUT)
result = df.select(
    "id",
    F.expr("timestampadd(DAY, 1, a)").alias("plus_day"),
    F.expr("timestampadd(HOUR, 24, a)").alias("plus_24h"),
    F.expr("timestampadd(MONTH, 1, a)").alias("plus_month"),
    F.expr("timestampdiff(HOUR, a, b)").alias("diff_hours"),
    F.expr("timestampdiff(DAY, a, b)").alias("diff_days"),
    F.months_between("b", "a").alias("mb"),
    F.date_add("a", 1).alias("date_plus"),
    F.to_json(F.struct("a")).alias("json"),
    F.date_format("a", "yyyy-MM-dd HH:mm:ss Z ZZZZ O VV z").alias("fmt"),
)
OUTPUT_MODE = "append"
