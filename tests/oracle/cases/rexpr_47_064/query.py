from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("if(b, id, 0L) AS c1", "((m * ((n / nullif(12.345, 0)) + n)) + abs(m)) AS c2", "(id + id) AS c3").where("((ts >= to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy')) OR (to_date('2024-02-29') IS NULL))")
OUTPUT_MODE = "append"
