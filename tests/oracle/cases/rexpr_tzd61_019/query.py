spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, d DOUBLE, dt DATE, n DECIMAL(20,0), m DECIMAL(38,10), f FLOAT, s STRING, i INT, b BOOLEAN, ts TIMESTAMP").load(INPUT)
result = df.filter("((i BETWEEN -1 AND 0) OR (ts = TIMESTAMP'2024-02-29 00:00:00'))").select("id", "i", F.trunc(F.make_date(lit(2023), F.month(F.when(col("b"), lit(None).cast("date")).otherwise(col("dt"))), F.least(F.dayofmonth(F.when(col("b"), lit(None).cast("date")).otherwise(col("dt"))), lit(28))), "Q").alias("c1"), expr("(regexp_replace(regexp_substr(t, 'o.'), ' +', '_') RLIKE 'o$') AS c2"))
OUTPUT_MODE = "append"
