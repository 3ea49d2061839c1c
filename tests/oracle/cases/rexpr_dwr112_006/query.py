from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, b BOOLEAN, s STRING, ts TIMESTAMP, m DECIMAL(7,0), d DOUBLE, dt DATE, j INT, i INT").load(INPUT)
result = df.selectExpr("id", "array_intersect(array(i, shiftright(nullifzero(2), 33), NULL, 1), array(1, NULL, i)) AS c1", "vector_l2_distance(array(CAST(shiftrightunsigned(day(dt), 28) AS FLOAT), 0.0F), array(3.0F, 4.0F)) AS c2").where((col("b") | col("m").isNotNull()))
OUTPUT_MODE = "append"
