from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, f FLOAT, j INT, dt DATE, t STRING, i INT, ts TIMESTAMP, b BOOLEAN, d DOUBLE, s STRING, m DECIMAL(38,10), n DECIMAL(9,5)").json(INPUT)
result = df.selectExpr("id", "add_months(if((s LIKE '%e'), dt, dt), dayofyear(dt)) AS c1", "round(CASE WHEN b THEN (n / nullif(CAST(b AS INT), 0)) ELSE m END, 1) AS c2", "(CASE WHEN b THEN i WHEN b THEN 0 ELSE i END + i) AS c3").where(((col("b") | col("t").isNotNull()) | (col("j") >= lit(0))))
OUTPUT_MODE = "append"
