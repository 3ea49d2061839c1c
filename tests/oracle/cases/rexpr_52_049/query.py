from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(5,3), k BIGINT, d DOUBLE, i INT, j INT, ts TIMESTAMP, b BOOLEAN, m DECIMAL(12,4), t STRING, dt DATE, s STRING").load(INPUT)
result = df.selectExpr("j", "(b <=> false) AS c1", "CASE WHEN ((i / nullif(i, 0)) BETWEEN 2.0D AND 100.0D) THEN TRY_CAST(CAST(NULL AS STRING) AS INT) WHEN b THEN TRY_CAST((- m) AS INT) WHEN nvl(b, true) THEN i ELSE ((i + i) * 0) END AS c2", "date_add(CASE WHEN b THEN dt ELSE dt END, i) AS c3", "(m * (3 - m)) AS c4", "round(d, 0)").where((F.repeat(lit(""), 3).rlike("[0-9]+") | (col("c4") == lit(.5).cast("decimal(2,1)"))))
OUTPUT_MODE = "append"
