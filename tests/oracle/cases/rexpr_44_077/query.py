from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, j INT, b BOOLEAN, dt DATE, s STRING, ts TIMESTAMP, m DECIMAL(10,2)").json(INPUT)
result = df.selectExpr("id", "(3 - i) AS c1", "(DATE'2024-02-29' - INTERVAL 2 YEARS) AS c2", "replace(string(if((s < 'Hello'), id, -2L)), 'o', '0') AS c3", "(ts > TIMESTAMP'1999-12-31 23:59:59.999')", "(d * id) AS c5", "CAST(s AS INT) AS c6").filter("(s IS NOT NULL)")
OUTPUT_MODE = "append"
