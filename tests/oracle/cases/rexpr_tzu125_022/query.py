spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), t STRING, j INT, dt DATE, s STRING, ts TIMESTAMP, i INT").json(INPUT)
result = df.groupBy("t").agg(F.avg(col("id")).alias("a1"), expr("round(stddev_samp(dayofyear(nullif(to_date('2023-12-31'), to_date('2000-01-01')))), 6)").alias("a2"), F.bit_and(col("i")).alias("a3"), expr("round(var_pop(i), 6) AS a4"))
OUTPUT_MODE = "update"
