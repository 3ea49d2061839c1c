df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, n INT").load(INPUT)

from pyspark.sql import functions as F
result = df.select("category", F.instr("category", "o").alias("i"), F.instr(F.col("category"), "").alias("i0"),
                   F.repeat("category", 2).alias("r2"), F.repeat(F.col("category"), F.col("n")).alias("rn"),
                   F.translate("category", "oös", "0Ö").alias("t"), F.upper(col=F.col("category")).alias("u"),
                   F.expr("instr(category, 'ö')").alias("ie"), F.expr("repeat('ab', n)").alias("re"),
                   F.expr("translate(category, 'abc', 'xy')").alias("te"),
                   F.instr("category", "s"), F.repeat("category", 3), F.translate("category", "s", "z"))
OUTPUT_MODE = "append"
