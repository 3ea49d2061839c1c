from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("abs((nullif(id, 86400L) - log1p(m)))").alias("c1"), (col("s") > lit("2024-02-29")).alias("c2"), expr("CASE WHEN (dt IS NULL) THEN CAST(to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy') AS TIMESTAMP) ELSE (ts + INTERVAL 1 MONTH) END").alias("c3"), F.coalesce(lit("x-y").startswith("o"), col("m").isin(expr("99.99")), lit(True)).alias("c4"), F.when(col("b"), col("id")).otherwise(col("id")).alias("c5")).filter(((col("c2").isNotNull() | col("c2")) | col("c4").isNotNull()))
OUTPUT_MODE = "append"
