from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("b", (F.when((col("i") > lit(-1)), col("id")).otherwise(lit(1).cast("bigint")) % F.nullif(F.month(F.date_add(col("dt"), col("i"))), lit(0))).alias("c1"), expr("add_months(to_date('2023-12-31'), i) AS c2"))
OUTPUT_MODE = "append"
