spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, k BIGINT, m DECIMAL(7,0), ts TIMESTAMP, s STRING, dt DATE, i INT, t STRING, b BOOLEAN").json(INPUT)
result = df.filter("(id IS NOT NULL)").groupBy(F.replace(lit("Hello"), lit(" "), lit("")).alias("k1")).agg(F.count_if(F.regexp_like(F.when(col("d").isNotNull(), col("id")).when((~F.coalesce(col("b"), lit(False))), col("id")).when(col("b"), col("k")).cast("string"), lit("^[A-Z]"))).alias("a1"), F.count(col("id")).alias("a2"), F.round(F.avg(F.try_multiply(col("d"), col("d"))), 2).alias("a3"))
OUTPUT_MODE = "update"
