from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CAST(TRY_CAST('o' AS TIMESTAMP) AS DATE) AS c1", "add_months(trunc(dt, 'YEAR'), i) AS c2", "(i + i) AS c3")
OUTPUT_MODE = "append"
