spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("instr(typeof(dt), 'o') AS k1")).agg(expr("count_if((signum(bitwise_not(i)) BETWEEN -1.5D AND 2.0D)) AS a1"), expr("round(covar_pop(negative(json_array_length('')), i), 6)").alias("a2"), F.percentile(lit(2), 0.5).alias("a3"), F.count_if((col("b") & F.map_contains_key(F.create_map(col("i"), lit('a'), lit(3), lit('b')), 3))).alias("a4"))
OUTPUT_MODE = "complete"
