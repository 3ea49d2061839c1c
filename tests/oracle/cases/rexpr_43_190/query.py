from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(dt <> DATE'2023-12-31')").select("id", "t", expr("if((f > 0.1D), ts, TIMESTAMP'1999-12-31 23:59:59.999')"), F.date_add(F.coalesce(col("dt"), col("dt"), F.to_date(lit("2025-03-01"))), F.char_length(lit("o"))).alias("c2"), expr("(1 * 5) AS c3"))
OUTPUT_MODE = "append"
