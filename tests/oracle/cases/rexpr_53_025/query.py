from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((((col("i") > lit(1)) | (col("d") != lit(-1.5))) | col("i").isNull())).withColumn("c1", expr("dateadd(DATE'2023-12-31', i)")).withColumn("c2", expr("nvl(right('abc', 1), 'o')")).withColumn("c3", expr("round(CASE WHEN (CAST(ts AS BIGINT) IS NULL) THEN CASE WHEN b THEN CAST((k IS NOT NULL) AS DOUBLE) WHEN (m > -3.10) THEN d WHEN ('abc' <> t) THEN d END WHEN (add_months(dt, i) IS NULL) THEN greatest(d, d, d) WHEN b THEN exp(d) ELSE d END, 2)")).withColumn("c4", expr("trunc(make_date(2023, month(c1), 28), 'mon')")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
