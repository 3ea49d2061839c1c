from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, n DECIMAL(5,3), i INT, f FLOAT, ts TIMESTAMP, d DOUBLE, t STRING, s STRING, m DECIMAL(10,2), b BOOLEAN, dt DATE").json(INPUT)
result = df.selectExpr("id", "make_timestamp(year(to_date('2023-12-31')), month(to_date('2023-12-31')), dayofmonth(to_date('2023-12-31')), 12, 30, 0) AS c1", "abs(1) AS c2", "if(b, b, false) AS c3")
OUTPUT_MODE = "append"
