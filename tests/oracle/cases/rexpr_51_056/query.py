from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("b AS k1")).agg(F.min(lit(2.0)).alias("a1"), expr("count_if((if(b, dt, to_date('2024-02-29')) <= dt)) AS a2"), F.count_if(col("b")).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
