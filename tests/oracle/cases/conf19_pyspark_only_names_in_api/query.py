from pyspark.sql import functions as F
from pyspark.sql.functions import col, expr
df = spark.readStream.schema("i INT, t TIMESTAMP").json(INPUT)
result = df.select(F.bitwise_not("i"), F.timestamp_diff("HOUR", col("t"), col("t") + expr("INTERVAL 5 HOURS")), F.timestamp_add("DAY", col("i"), col("t")),
    F.negate(col("i")), F.create_map(F.lit("k"), col("i")).alias("m"),
    expr("timestampdiff(MINUTE, t, t + INTERVAL 1 HOUR) AS td"), expr("timestampadd(HOUR, i, t) AS ta"))
OUTPUT_MODE = "append"
