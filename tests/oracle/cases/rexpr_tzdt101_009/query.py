spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, n DECIMAL(4,1), d DOUBLE, m DECIMAL(12,4), i INT, j INT, ts TIMESTAMP, dt DATE, t STRING").json(INPUT)
result = df.select("id", "s", F.add_months(col("dt"), col("i")).alias("c1"), F.dayofyear(col("t").try_cast("date")), F.date_format(F.make_timestamp(F.year(F.trunc(col("dt"), "WEEK")), F.month(F.trunc(col("dt"), "WEEK")), F.dayofmonth(F.trunc(col("dt"), "WEEK")), lit(12), lit(0), lit(0)), "EEEE").alias("c3"), col("s").try_cast("double").alias("c4"), expr("bround(months_between(dateadd(nullif(dt, to_date('2023-12-31')), i), dt), 1) AS c5"))
OUTPUT_MODE = "append"
