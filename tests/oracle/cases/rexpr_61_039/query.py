from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((dt != DATE'2024-02-29') OR (d IS NOT NULL))").select("id", expr("trunc(add_months(dt, i), 'mon')"), expr("coalesce((n + (m + 99.99)), (n * TRY_CAST(i AS DECIMAL(10,4))), 0.001)").alias("c2"), F.greatest(F.coalesce(col("dt"), col("dt"), F.to_date(lit("2024-02-29"))), F.greatest(F.to_date(lit("2023-12-31")), col("dt"), col("dt")), F.next_day(col("dt"), "Mon")).alias("c3"))
OUTPUT_MODE = "append"
