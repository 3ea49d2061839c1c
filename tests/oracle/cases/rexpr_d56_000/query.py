from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CAST(dt AS TIMESTAMP) AS c1", "(m - m) AS c2", "(i + i) AS c3", "make_date(year(dt), 2, 30) AS c4").filter("(s <= 'a')")
OUTPUT_MODE = "append"
