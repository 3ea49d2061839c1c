from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(18,6), j INT, t STRING, ts TIMESTAMP, d DOUBLE, i INT, b BOOLEAN, s STRING, dt DATE, f FLOAT").json(INPUT)
result = df.groupBy(expr("array_position(array(t, 'a', t), 'a') AS k1")).agg((F.max(F.greatest(col("m"), col("m"))) - F.min(F.greatest(col("m"), col("m")))).alias("a1"), expr("last_value(to_csv(named_struct('a', i, 'b', 'x-y'))) AS a2"), F.max(col("dt")).alias("a3"), F.count_if(col("j").isin(lit(0), lit(3), lit(2))).alias("a4"))
OUTPUT_MODE = "update"
