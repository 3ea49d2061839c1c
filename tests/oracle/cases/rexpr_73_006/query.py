from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("if(b, j, i) AS k1")).agg(expr("(max((pmod(m, nullif(n, 0)) % 3.5)) - min((pmod(m, nullif(n, 0)) % 3.5))) AS a1"), F.min(col("d")).alias("a2"))
OUTPUT_MODE = "update"
