from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("b").agg(expr("sum(CASE WHEN (NOT b) THEN i ELSE 0 END) AS a1"), expr("max((m * m * m * m * m)) AS a3"), expr("(max((m * i)) - min((m * i))) AS a2"))
OUTPUT_MODE = "complete"
