from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "TRY_CAST(i AS DECIMAL(10,4)) AS c1", "(i + 3L) AS c2", "(0L DIV nullif(j, 0)) AS c3").where("coalesce((s IN ('é')), true)")
OUTPUT_MODE = "append"
