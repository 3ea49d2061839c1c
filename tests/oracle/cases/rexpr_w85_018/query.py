from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "md5(i) AS c1", "CAST((n IS NOT NULL) AS STRING) AS c2", "ltrim(substring(CASE i WHEN 0 THEN s WHEN 1 THEN s ELSE s END, 2, 10)) AS c3", "(d * d) AS c4", "(100BD % nullif(n, 0)) AS c5").filter((col("c3").try_cast("boolean") | col("id").isNotNull()))
OUTPUT_MODE = "append"
