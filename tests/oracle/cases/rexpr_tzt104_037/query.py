spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "s", F.bround(F.when(col("t").try_cast("boolean"), col("d")), 1).alias("c1"), F.make_date(F.year(col("dt")), lit(2), lit(1)).alias("c2"), F.concat(F.concat(F.trim(col("t")), F.upper(lit("x-y")), F.trunc(col("dt"), "YEAR").cast("string")), lit("2024-02-29")).alias("c3"), expr("(TRY_CAST('é' AS DATE) + INTERVAL -10 DAYS) AS c4"), (col("d") * F.round(expr("99.99"), -1)).alias("c5"))
OUTPUT_MODE = "append"
