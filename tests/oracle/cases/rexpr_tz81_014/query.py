spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(7,0), t STRING, i INT, f FLOAT, dt DATE, j INT, s STRING, b BOOLEAN, d DOUBLE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("sqrt((i % nullif(j, 0))) AS k1"), (col("i") + col("i")).alias("k2")).agg(expr("avg(CASE WHEN (i <> 3) THEN i ELSE i END) AS a1"), (F.max((F.when((col("f") != lit(float("nan"))), expr("12.345")).when(col("t").isNotNull(), col("m")).when(col("b"), col("m")).otherwise(col("m")) * F.nullif(lit(-3.10).cast("decimal(3,2)"), lit(99.99).cast("decimal(4,2)")))) - F.min((F.when((col("f") != lit(float("nan"))), expr("12.345")).when(col("t").isNotNull(), col("m")).when(col("b"), col("m")).otherwise(col("m")) * F.nullif(lit(-3.10).cast("decimal(3,2)"), lit(99.99).cast("decimal(4,2)"))))).alias("a2"))
OUTPUT_MODE = "complete"
