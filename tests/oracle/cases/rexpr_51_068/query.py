from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(4,1), ts TIMESTAMP, i INT, d DOUBLE, k BIGINT, dt DATE, t STRING, s STRING, b BOOLEAN, m DECIMAL(12,4), j INT").json(INPUT)
result = df.where("(b OR (j IS NOT NULL))").withColumn("c1", expr("greatest(d, ((d / nullif(i, 0)) / nullif(TRY_CAST(id AS INT), 0)), (id / nullif(d, 0)))")).withColumn("c2", col("t").try_cast("boolean")).withColumn("c3", expr("CASE WHEN nvl((id <= 86400L), true) THEN CAST(date_add(dt, i) AS STRING) WHEN b THEN get(split(t, '[aeiou]'), 2) END")).drop("n", "k", "dt", "t", "s", "b").where((F.ifnull(lit(100), lit(-1)).isin(lit(2), lit(10), lit(3)) | (col("s") != lit("x-y")).isNull()))
OUTPUT_MODE = "append"
