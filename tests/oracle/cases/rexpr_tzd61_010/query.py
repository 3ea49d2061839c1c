spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.exp(col("m")).alias("k1")).agg(F.count_if(F.forall(F.split(lit("a"), " "), lambda x: x == lit("a"))).alias("a1"), expr("sum(CASE WHEN nvl2(ts, b, true) THEN nullif((i - m), 0.001) ELSE 0 END) AS a2"), F.sum(F.when(F.exists(F.split(col("s"), " "), lambda x: x == lit("b")), col("m")).otherwise(lit(0))).alias("a3"), F.round(F.avg(F.when(col("s").try_cast("boolean"), col("i")).when(col("dt").isNotNull(), col("i")).when((col("k") > lit(1000).cast("bigint")), col("i")).otherwise(col("i"))), 2).alias("a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
