from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, ts TIMESTAMP, n DECIMAL(20,0), dt DATE, f FLOAT, i INT, m DECIMAL(10,2), d DOUBLE, b BOOLEAN").json(INPUT)
result = df.select("id", F.add_months(F.trunc(F.when(col("b"), col("dt")).when((col("b") & col("b").isNotNull()), col("s").try_cast("date")).when((col("n") >= expr("-3.10")), F.coalesce(col("dt"), F.to_date(lit("2025-03-01")), F.to_date(lit("2000-01-01")))), "mon"), col("i")).alias("c1"), (~(F.when((col("dt") <= F.to_date(lit("2000-01-01"))), col("b")).otherwise(col("i").isNotNull()) & col("i").isNotNull())).alias("c2"), (col("i") & col("b")).alias("c3"))
OUTPUT_MODE = "append"
