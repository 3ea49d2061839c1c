from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, b BOOLEAN, n DECIMAL(4,1), j INT, m DECIMAL(38,10), d DOUBLE, dt DATE, s STRING, f FLOAT, i INT").load(INPUT)
result = df.filter((F.weekday(col("dt")).isNull() | (col("j") > lit(3)))).selectExpr("id", "CAST(j AS BIGINT)", "floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS c2")
OUTPUT_MODE = "append"
