spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(m / nullif(CAST(i AS DECIMAL(20,0)), 0)) AS c1", "stack(3, to_date('2024-02-29'), 1, dt)", "str_to_map('a:1,b:2,c:' || i) AS c3")
OUTPUT_MODE = "append"
