from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, n DECIMAL(5,3), ts TIMESTAMP, d DOUBLE, k BIGINT, i INT, m DECIMAL(7,0), s STRING, b BOOLEAN").json(INPUT)
result = df.groupBy(expr("substring(s, 2, 3) AS k1")).agg(expr("max(add_months(CASE WHEN (k IS NOT NULL) THEN dt WHEN b THEN dt WHEN (k > 3L) THEN dt ELSE dt END, i)) AS a1"), (F.max((col("i") + col("i"))) - F.min((col("i") + col("i")))).alias("a2"), expr("round(avg(exp(TRY_CAST(id AS DECIMAL(20,0)))), 2) AS a3"))
OUTPUT_MODE = "update"
