from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.add_months(F.next_day(col("dt"), "Mon"), col("i")).alias("k1"), "s").agg(expr("bool_or(b) AS a1"), expr("count_if(b) AS a2"), expr("round(avg(radians(2.0D)), 3) AS a3"))
OUTPUT_MODE = "update"
