from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.quote(col("t")).contains("o") | col("dt").isNull())).selectExpr("id", "ts", "(0.5 / nullif(n, 0)) AS c1", "add_months(CASE WHEN b THEN dt ELSE DATE'2023-12-31' END, i) AS c2", "posexplode_outer(array_remove(array('a', 'x'), 'x'))", "concat(CAST(date_sub(dt, i) AS STRING), sha2(t, 256)) AS c4")
OUTPUT_MODE = "append"
