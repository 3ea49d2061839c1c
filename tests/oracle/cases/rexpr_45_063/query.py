from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "ifnull(id, 1000L) AS c1", "(i - i) AS c2", "(id - id) AS c3", "TRY_CAST(id AS DECIMAL(12,2)) AS c4").where("((CAST(NULL AS DOUBLE) <> f) OR ('é' IS NULL))")
OUTPUT_MODE = "append"
