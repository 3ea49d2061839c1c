from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(bround(try_add(m, m), -1) BETWEEN 100BD AND 0.001) AS c1", "(2 * (m * m)) AS c2", "date_add(greatest(dt, dt, next_day(CASE WHEN (dt IS NOT NULL) THEN dt END, 'Mon')), i) AS c3").where((col("d") >= lit(0.5)))
OUTPUT_MODE = "append"
