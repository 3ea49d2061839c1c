df = spark.readStream.format("json").schema("s STRING, sub STRING, start INT, k INT, m MAP<STRING, STRING>, a ARRAY<INT>").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", "sub", "start", "k", F.instr("s", "sub"), F.expr("instr(s, sub, start)"), F.expr("instr(s, sub, start, k)"),
                   F.instr("s", F.lit("a"), 1, 2), F.instr("s", F.lit("a"), -1, 2),
                   F.col("m").cast("map<int,double>").alias("mc"), F.col("m").cast("map<string,int>").alias("mv"),
                   F.posexplode_outer("a"))
OUTPUT_MODE = "append"
