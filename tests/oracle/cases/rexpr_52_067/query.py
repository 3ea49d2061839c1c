from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce(col("b"), lit(True))).select("id", "dt", expr("ifnull(TRY_CAST(s AS BOOLEAN), false)"), F.quarter(F.to_date(lit("2023-12-31"))).alias("c2")).filter((col("n") == lit(12.345).cast("decimal(5,3)")))
OUTPUT_MODE = "append"
