from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((lit(3) * col("i")).isin(lit(5)) | (col("m") == expr("1.25")))).select("id", expr("add_months(dateadd(dt, i), (i - i))"), expr("bround(CASE WHEN b THEN n WHEN (t <> '') THEN m WHEN b THEN m ELSE n END, 0)")).filter(F.coalesce(col("b"), lit(True)))
OUTPUT_MODE = "append"
